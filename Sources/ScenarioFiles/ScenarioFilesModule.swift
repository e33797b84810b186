/// Placeholder namespace; the loader lands with the scenario-files issue.
public enum ScenarioFilesModule {}
