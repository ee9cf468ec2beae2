enum PantauPipelineModule {}
