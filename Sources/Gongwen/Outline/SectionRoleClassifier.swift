/// Gives every section a role: its own heading's cue if it has one, else its parent's.
enum SectionRoleClassifier {
  /// In place, so that a tree of a hundred thousand sections is not copied whole.
  static func assignRoles(_ sections: inout [Section], inherited: SectionRole = .other) {
    for index in sections.indices {
      let role = SectionRoleRules.role(forTitle: sections[index].title ?? "") ?? inherited
      sections[index].role = role
      assignRoles(&sections[index].children, inherited: role)
    }
  }
}

extension SectionRoleClassifier {
  /// Turns the roles of headings that name a time to that time's side of `reference`, the
  /// document's own year: "三、2026年主要工作" in a 2026 report plans and "2025年工作回顾"
  /// reviews, whatever their words say (主要工作 is a cue for achievements); the sections under
  /// them that name no role of their own follow. Problems and measures keep their role.
  static func orient(_ sections: inout [Section], reference: Int, inherited: SectionRole? = nil) {
    for index in sections.indices {
      let title = sections[index].title ?? ""
      let ownCue = SectionRoleRules.role(forTitle: title)
      var role = sections[index].role
      var changed = inherited
      if role == .achievements || role == .plan || role == .other,
        let side = side(of: TimeScope.heading(title.foldedScalars, reference: reference), from: reference)
      {
        role = side
        changed = side
      } else if ownCue == nil, let inherited {
        role = inherited
      } else {
        changed = nil
      }
      sections[index].role = role
      orient(&sections[index].children, reference: reference, inherited: changed)
    }
  }

  /// Plan for the document's own year or later, achievements for earlier ones.
  private static func side(of scope: TimeScope?, from reference: Int) -> SectionRole? {
    switch scope {
    case .year(let year)?: year >= reference ? .plan : .achievements
    case .span(let first, let last)?: last < reference ? .achievements : first >= reference ? .plan : nil
    case nil: nil
    }
  }
}

extension DocumentKind {
  /// The role of a section whose heading (and whose parents' headings) name none.
  var defaultRole: SectionRole {
    switch self {
    case .summary: .achievements
    case .plan: .plan
    case .speech, .mixed, .unknown: .other
    }
  }
}
