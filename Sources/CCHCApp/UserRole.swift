/// What a web user may do, by role.
public enum UserRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Manages users; may do everything.
    case admin
    /// Edits inspection settings, units and teams; runs calendars.
    case planner
    /// Edits staff and staffing settings; runs staffing plans.
    case hr
    /// Reads everything.
    case viewer

    /// Whether this role has `permission`.
    public func allows(_ permission: Permission) -> Bool {
        switch permission {
        case .read: return true
        case .editInspection, .runCalendar: return self == .planner || self == .admin
        case .editStaffing, .runStaffing: return self == .hr || self == .admin
        case .createScenario: return self != .viewer
        case .manageUsers: return self == .admin
        }
    }
}

/// One thing a role may be allowed to do.
public enum Permission: String, Sendable, Hashable, CaseIterable, Codable {
    /// Read every scenario, plan, report and run.
    case read
    /// Edit targets, units, teams, season, blackouts, holidays, weights, the document block and pins.
    case editInspection
    /// Run the inspection calendar.
    case runCalendar
    /// Edit staff, positions and staffing settings.
    case editStaffing
    /// Run the staffing plan.
    case runStaffing
    /// Create a scenario (from a workbook or as a variant).
    case createScenario
    /// Add and remove users.
    case manageUsers
}

/// A signed-in web user.
public struct SignedInUser: Sendable, Hashable, Codable {
    /// The sign-in name.
    public var name: String
    /// The role.
    public var role: UserRole

    /// Creates a user.
    public init(name: String, role: UserRole) {
        self.name = name
        self.role = role
    }

    /// Whether the user has `permission`.
    public func can(_ permission: Permission) -> Bool { role.allows(permission) }
}
