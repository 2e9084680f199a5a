"""Validating proxy and recorded traffic: where the vendor and the spec disagree.

``smsspec proxy`` (:mod:`.app`) forwards traffic to the vendor and checks every exchange
against the spec; ``smsspec verify`` (:mod:`.verify`) checks recorded exchanges offline (our
JSON lines, :mod:`.recording`; HAR 1.2, :mod:`.har`) with the same checks
(:mod:`.checks`), and turns the exchanges that pass into regression cases replayable against
the mock (:mod:`.cases`). Every disagreement is a :class:`~.findings.Finding` naming the spec
location to change (file, line and JSON pointer); secrets are redacted everywhere
(:mod:`.secrets`). Nothing is imported here, so that the ``smsspec`` command line stays
quick to start.
"""
