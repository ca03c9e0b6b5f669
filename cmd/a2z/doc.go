// Command a2z reads AWS infrastructure-as-code (Terraform and CloudFormation)
// and reports what every resource becomes on Azure.
//
// This package is the only one that knows about cobra, flags, the
// environment, terminals and exit codes; it wires discovery, parsing, the
// rules engine and the reporters together through internal/scan and report.
package main
