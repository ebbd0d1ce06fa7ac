package vn.tdkt.plan;

import java.util.Map;

/**
 * A plan template ({@code processes/plans/*.json}, kind {@code emulationPlan}): the start
 * variables of an emulation plan as a source plan sets them. A launch takes them as they are and
 * overrides what the official changed. See docs/plan-format.md.
 */
public record PlanTemplate(String id, String name, String source, Map<String, Object> plan) {
}
