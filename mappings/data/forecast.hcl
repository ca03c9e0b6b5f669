# Amazon Forecast (closed to new customers) → Azure Machine Learning automated ML time-series forecasting.

mapping "AWS::Forecast::DatasetGroup" {
  service = "Azure Machine Learning (AutoML forecasting)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-auto-train-forecast"
  note    = "Azure has no managed forecasting service with dataset groups: train forecasting models with automated ML in an Azure Machine Learning workspace, where a training job takes the target time series and related data as one table with the time and time-series ID columns named in its settings."
}

mapping "AWS::Forecast::Dataset" {
  service = "Azure Machine Learning (AutoML forecasting)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-auto-train-forecast"
  note    = "A dataset (target time series, related time series or item metadata) becomes a data asset in the Azure Machine Learning workspace, usually an MLTable or files in Blob Storage; related data is joined into the training table rather than registered separately."
}
