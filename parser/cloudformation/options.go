package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Options are what a template takes from outside itself: the values
// CloudFormation would get at deployment.
type Options struct {
	// Parameters override parameter defaults (--parameter Key=Value and
	// parameter files).
	Parameters map[string]string
	// Region is the AWS region the stack is deployed to, for AWS::Region and
	// Fn::GetAZs; empty means the default (us-east-1).
	Region string
	// ReadFile reads a local nested template (a slash path in the scan);
	// nil means nested stacks are not followed.
	ReadFile func(name string) ([]byte, error)

	// chain lists the templates being read, outermost first, to stop cycles.
	chain []string
	// spent is what one template and everything it reads (nested stacks,
	// AWS::Include snippets) have expanded so far, shared by every level.
	spent *expansion
}

// Each level of nested stacks, includes and Fn::ForEach loops multiplies the
// level below it: sixteen small templates that each nest the next three
// times would be read 14 million times, five nested loops over thirty items
// are 24 million resources. So one template, with everything it reads,
// stops at these bounds; real stacks stay far below (a stack holds at most
// 500 resources).
const (
	maxTemplateReads  = 1000
	maxLoopIterations = 10_000
)

// expansion counts against the bounds; reported marks the bounds already
// reported, once each.
type expansion struct {
	reads, loopIters             int
	readsReported, loopsReported bool
}

// ParseParametersFile reads parameter values in either format AWS tools
// write: the AWS CLI's list ([{"ParameterKey": "Env", "ParameterValue":
// "prod"}]) or CodePipeline's template configuration ({"Parameters":
// {"Env": "prod"}}). Values that are numbers or booleans are taken as text,
// as CloudFormation does.
func ParseParametersFile(data []byte) (map[string]string, error) {
	trimmed := bytes.TrimSpace(data)
	out := map[string]string{}
	if bytes.HasPrefix(trimmed, []byte("[")) {
		var list []struct {
			Key   string `json:"ParameterKey"`
			Value any    `json:"ParameterValue"`
		}
		if err := json.Unmarshal(trimmed, &list); err != nil {
			return nil, fmt.Errorf("not an AWS CLI parameters list: %w", err)
		}
		for i, p := range list {
			if p.Key == "" {
				return nil, fmt.Errorf("entry %d has no ParameterKey", i+1)
			}
			out[p.Key] = text(p.Value)
		}
		return out, nil
	}
	var cfg struct {
		Parameters map[string]any `json:"Parameters"`
	}
	if err := json.Unmarshal(trimmed, &cfg); err != nil {
		return nil, fmt.Errorf("not a CodePipeline template configuration: %w", err)
	}
	if cfg.Parameters == nil {
		return nil, errors.New(`no "Parameters" object and not a list of ParameterKey/ParameterValue entries`)
	}
	for k, v := range cfg.Parameters {
		out[k] = text(v)
	}
	return out, nil
}

func text(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = text(e)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}
