/// Placeholder namespace; the staffing planner lands with the staffing issue.
public enum StaffingModule {}
