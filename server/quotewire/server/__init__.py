"""The gRPC face of the engine: validation, conversion, servicer and server assembly."""
