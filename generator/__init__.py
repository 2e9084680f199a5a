"""smsspec: spec-first tooling for SMS and messaging provider APIs.

The OpenAPI documents under ``spec/`` are the single source of truth; everything in this
package reads them (bundling, linting, catalogues, code generation, the mock server and the
contract tests) and none of it restates a vendor fact.
"""

__version__ = "0.1.0"
