import CivilCalendar

/// Placeholder namespace; the scheduler lands with the scheduling issue.
public enum InspectionSchedulingModule {}
