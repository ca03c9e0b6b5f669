// Package suppress reads the inline suppressions written in scanned files and
// applies them to a scan result.
//
// Three forms are read:
//
//   - A comment on a resource's first line or on the line directly above it
//     (HCL `#` and `//`, YAML `#`):
//
//     # a2z:ignore aws-sqs-queue/fifo-sessions,a2z/unknown-type -- reason until=2027-06-30
//
//   - A file-wide comment anywhere in the file, which applies to every
//     resource of the file:
//
//     # a2z:ignore-file aws-sqs-queue/* -- reason
//
//   - In a CloudFormation template (JSON or YAML), a resource's
//     Metadata.a2z.ignore list of {id, reason, until} objects; the same list
//     in the template's top-level Metadata is file-wide.
//
// A rule ID is either exact or "<entry>/*", which matches every rule of one
// knowledge-base entry (aws-sqs-queue/*); no other wildcard is accepted, so
// a suppression always names what it silences.
//
// The reason is required and until (YYYY-MM-DD, inclusive, UTC) is
// optional. A suppression without a reason, past its expiry, naming a rule
// that may not be ignored, or matching no finding does not suppress and is
// reported as a warning diagnostic at the line where it is written.
package suppress
