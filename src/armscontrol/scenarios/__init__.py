"""The scenario service: what the interfaces ask of scenarios, in one place.

- :mod:`.references`: ``example:NAME``, ``store:ID`` and file references, resolved to a mapping and its text;
- :mod:`.editing`: the calculator's controls over a scenario mapping (paths, choices, force scale), on the
  same field-path vocabulary as the sweeps (:func:`armscontrol.uncertain.set_path`,
  :func:`armscontrol.scenario.scale_forces`);
- :mod:`.validation`: the one validation pass of a scenario given by a user (schema and sizes, finite
  numbers, no NUL characters, a name);
- :mod:`.running`: running a saved scenario and recording the run in the store;
- :mod:`.jobs`: computing a background job recorded in the store;
- :mod:`.pool`: the bounded pool of worker processes the server computes in.

The store only stores (:mod:`armscontrol.store`); what computes is here, above the answers.
"""
