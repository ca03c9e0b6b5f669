variable "size" {
  default = "m6g.xlarge"
}

resource "aws_instance" "web" {
  # mapping: aws-instance direct
  # translate: vm-size t3.small Standard_B2ls_v2
  instance_type = "t3.small"
}

resource "aws_instance" "arm" {
  # mapping: aws-instance direct
  # translate: vm-size m6g.xlarge Standard_D4ps_v6
  instance_type = var.size
}

resource "aws_instance" "gpu" {
  # No mechanical answer: the translation says how to choose.
  # mapping: aws-instance direct
  # translate: vm-size p4d.24xlarge -
  instance_type = "p4d.24xlarge"
}

resource "aws_instance" "unknown_size" {
  # Not known statically: nothing to translate.
  # mapping: aws-instance direct
  instance_type = data.aws_ec2_instance_type.pick.id
}

resource "aws_launch_template" "lt" {
  # mapping: aws-launch-template implicit
  # translate: vm-size c6i.4xlarge Standard_F16s_v2
  instance_type = "c6i.4xlarge"
}
