"""The scenario service: what runs scenarios for the interfaces (today its bounded pool of computations, :mod:`.pool`)."""
