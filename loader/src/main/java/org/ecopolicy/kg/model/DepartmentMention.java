package org.ecopolicy.kg.model;

/**
 * A department named with a role ("牵头部门：旗林草局"). {@code surface} is as written;
 * {@code orgId} is the normalised organisation it denotes, or null when it cannot be resolved.
 */
public record DepartmentMention(String surface, Role role, String orgId, Evidence evidence) {
}
