enum PantauStagesModule {}
