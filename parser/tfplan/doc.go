// Package tfplan reads Terraform plans in JSON, the output of
// `terraform show -json PLANFILE`, into the neutral model of package parser.
// It never runs Terraform: the plan is a file like any other.
//
// A plan is the most exact input a2z has: Terraform has already expanded
// count, for_each and modules and evaluated every expression it could, so
// each resource instance comes with its final address and values.
//
// What it reads, and the decisions taken:
//   - Resources are the instances of planned_values (root_module and its
//     child_modules, recursively), in plan order, plus data sources that
//     only prior_state holds (Terraform reads most data sources while
//     planning). Instances being destroyed are not in planned_values and are
//     not reported. A plan without planned_values falls back to
//     resource_changes (everything whose change has an "after").
//   - Only AWS types are kept (aws_ and awscc_ prefixes), as in package
//     terraform. Address is the plan's, verbatim: module.vpc.aws_subnet.this["a"].
//   - Attrs are the planned values with types inferred from the JSON
//     (objects become objects, arrays tuples). Null members are dropped: an
//     argument the configuration leaves unset is null in a plan, and absent
//     means "not set" in parser.Resource. Parts named in the change's
//     after_unknown become cty.DynamicVal.
//   - Sensitive values (sensitive_values, after_sensitive) become unknown:
//     Terraform redacts them in its own output, and a2z must not print a
//     secret in a translation or a report. Unresolved then holds the
//     configuration's expression text when the .tf files are present, else
//     "(sensitive value)" or "(known after apply)".
//   - Region is the instance's own planned region attribute when known (AWS
//     provider 6, and computed ones such as aws_s3_bucket's), else the region
//     of its provider configuration: configuration.provider_config[key]
//     .expressions.region, a constant_value or a reference to a root module
//     variable whose value the plan lists. Keys are those of the
//     configuration's provider_config_key ("aws", "aws.us",
//     "module.vpc:aws"); a module key without a region is followed up the
//     module chain to the root. Otherwise the region is unknown ("").
//   - Source lines: when the root module's .tf files sit in the plan's own
//     folder, each resource's ranges are those of its resource or data block
//     there, or in the folder of a local child module (./ and ../ sources
//     followed from configuration.root_module.module_calls); Calls holds the
//     module blocks. The files are parsed only for positions (hclsyntax or
//     HCL JSON); their syntax errors are not reported. Without the files,
//     ranges point into the plan (the instance's "address" member, its
//     "type", and each value) and one info diagnostic says how to get source
//     lines. A registry or Git module's resources point into the plan too,
//     with one info diagnostic per module; plan resources whose block is
//     missing from present files give one warning (stale plan).
//   - Root is the plan's folder; ModulePath holds module steps with their
//     instance keys (vpc, eks[0]).
//
// Malformed JSON is one error diagnostic at the line and column of the
// problem; nesting beyond 1000 levels is refused the same way. Parse never
// panics (a recovered panic becomes an internal-error diagnostic).
//
// Like all of parser, this package knows nothing of Azure: it must not
// import rules, mappings, report or cmd.
package tfplan
