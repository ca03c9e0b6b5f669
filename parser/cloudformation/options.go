package cloudformation

// Options are what a template takes from outside itself: the values
// CloudFormation would get at deployment.
type Options struct {
	// Parameters override parameter defaults (--parameter Key=Value and
	// parameter files).
	Parameters map[string]string
	// Region is the AWS region the stack is deployed to, for AWS::Region and
	// Fn::GetAZs; empty means the default (us-east-1).
	Region string
}
