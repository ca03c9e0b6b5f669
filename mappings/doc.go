// Package mappings owns the knowledge base: what every AWS resource type
// becomes on Azure, kept as data and interpreted at run time.
//
// The data lives in data/*.hcl, one file per AWS service, embedded in the
// binary and loaded strictly by Builtin. Load reads the same format from any
// fs.FS (user overlays). Each file holds `mapping "<type>"` blocks (Terraform
// resource types, or AWS::* types for CloudFormation-only entries) and
// `data "<type>"` blocks (Terraform data sources):
//
//	mapping "aws_sqs_queue" {
//	  terraform      = ["aws_sqs_queue"]          # optional; defaults to [label]
//	  cloudformation = ["AWS::SQS::Queue"]
//	  service        = "Azure Service Bus"
//	  status         = "direct"                   # direct | partial | none | implicit
//	  azurerm        = ["azurerm_servicebus_queue"]
//	  arm            = ["Microsoft.ServiceBus/namespaces/queues"]
//	  requires       = ["azurerm_servicebus_namespace"]
//	  link           = "https://learn.microsoft.com/azure/service-bus-messaging/"
//	  note           = "…"
//	  differs        = "…"                        # optional: why service differs from Microsoft's comparison
//	  shared_caveats = ["deny-statements"]        # optional: top-level caveats of this file
//
//	  target "storage-queue" { when = … service = … status = … note = … }
//	  caveat "fifo-sessions" { when = … severity = "warning" message = "…" }
//	  translate "vm-size" { value = try(self.instance_type, null) table = "ec2-vm-size" }
//	}
//
// A caveat that several entries of one file share word for word is written
// once as a top-level `caveat "<label>" { … }` block and listed in each
// entry's shared_caveats = ["<label>"]; every entry still reports it under
// its own rule ID, and a shared caveat no entry lists is a load error.
//
// A translate block turns one AWS setting into its Azure counterpart: value
// is an expression over self like a condition, table names a Go translator
// (TranslationTables lists them; translate.go holds them). The result is
// shown with the resource, not as a finding.
//
// IDs: a mapping's ID is its label lower-cased with "_" and "::" turned into
// "-" (data sources get a "data-" prefix); a caveat's rule ID is
// "<mapping id>/<caveat label>". IDs are stable and never reused.
//
// Conditions (`when`) are HCL expressions over two variables: self (the
// resource's attributes as a cty object: Terraform snake_case names with
// nested blocks as tuples of objects, or CloudFormation PascalCase
// Properties) and source ("terraform" or "cloudformation"). They may call only
// these functions: try, can, lower, upper, contains, length (strings and
// collections), coalesce, regex, startswith, endswith, lookup, keys, anytrue,
// alltrue, tostring, tonumber and jsonencode. try and can are tuned for
// static analysis (see tryFunc): try keeps partly unknown values, and
// can(self.a.b) means "a.b is set", even when its value is unknown. Every
// condition is evaluated at load time against an empty object, an unknown
// object and an object of unknown attributes for both sources, and must not
// fail on any of them; at run time an unknown result means "may apply" (see
// Eval and Mapping.Select).
//
// Idioms that keep conditions total (never failing, whatever the shape of an
// attribute):
//
//	try(lower(self.engine), lower(self.Engine), "") == "postgres"  // a string setting
//	try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false)  // a bool, maybe "true"
//	try(tonumber(try(self.memory_size, self.MemorySize)) > 4096, false)  // a number
//	can(self.redrive_policy) || can(self.RedrivePolicy)  // a setting is present
//	try(length(self.layers), length(self.Layers), 0) > 0  // a list is not empty
//	try(anytrue([for r in try(self.ingress, []) : …]), false)  // any nested block matches
//
// The builtin data is kept in `terraform fmt` layout, and tests check every
// type name against the reference lists in reference/ (embedded: they also
// serve Coverage and the azurerm check of user overlays). regions.tsv maps
// every AWS region to the Azure location a2z suggests.
//
// Loading is strict: an unknown or missing field, a wrong type, a bad status
// or severity, a duplicate label or ID, a type claimed by two entries, or a
// condition that uses another variable or function is a load error with the
// file and line. The tool cannot run with a broken knowledge base.
//
// This package depends on parser (for Severity and Source) and on hcl/cty. It
// must not import rules, report or cmd.
package mappings
