enum PantauCoreModule {}
