"""Code generators: each turns a bundled spec (or its catalogue) into files under generated/."""
