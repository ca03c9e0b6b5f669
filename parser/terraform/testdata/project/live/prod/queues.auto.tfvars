# *.auto.tfvars files load after terraform.tfvars, so this value wins.
queues = ["jobs", "events", "dead-letter"]
