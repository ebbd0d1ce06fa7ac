package vn.tdkt.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The plan's quota table (nomineeQuota by default, in the version pinned at launch): how many
 * nominees of a kind a unit of a category may propose, with the plan's own quota for that
 * category ({@code quotaMajor} for MAJOR units, else {@code quotaStandard}) as an input.
 */
@Component
public class QuotaTable {

  /**
   * What the table allows for a kind of nominee ({@code max} null: no limit, a rule whose output is
   * left empty), and whether the limit counts that kind or everyone proposed.
   */
  public record Quota(Long max, String appliesTo) {
    boolean countsAll() {
      return "ALL".equals(appliesTo);
    }

    boolean counts(Nominee n) {
      return countsAll() || appliesTo.equals(n.kind());
    }
  }

  /** Bounds {@link #described}: a few entries per plan (its table's version, categories, quotas) are all it needs. */
  private static final int DESCRIBED_AT_MOST = 1_000;

  private final DecisionService decisions;

  /**
   * The words of {@link #describe} by table version, category and plan quota. A table's id pins its
   * version, so the same inputs always give the same words: each unit's meeting shows them without
   * evaluating the table again and leaving a decision instance in the history for a text on a form.
   * The check at the meeting's completion always evaluates the table.
   */
  private final Map<List<Object>, String> described = new ConcurrentHashMap<>();

  public QuotaTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  /**
   * The quota of table {@code ruleId} for a unit of {@code category}, with the plan's quotas read from
   * {@code plan} (the plan, or a unit's line); empty when no rule matches.
   */
  public Optional<Quota> of(String ruleId, VariableScope plan, String category, String nomineeKind) {
    Object planQuota = planQuota(plan, category);
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(ruleId)
        .variables(Variables.createVariables().putValue("unitCategory", category).putValue("planQuota", planQuota)
            .putValue("nomineeKind", nomineeKind))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      return Optional.empty();
    }
    Object appliesTo = result.getEntryMap().get("appliesTo");
    Number max = (Number) result.getEntryMap().get("quota"); // an empty output entry is left out of the result
    return Optional.of(new Quota(max == null ? null : max.longValue(),
        appliesTo == null ? "ALL" : appliesTo.toString()));
  }

  /**
   * What the table allows a unit of {@code category}, in words for the plan's approver and the
   * unit's forms: "không quá 02 tập thể, cá nhân", or the individuals' and the collectives' limits
   * each ("cá nhân không được đề nghị; tập thể không quá 01").
   */
  public String describe(String ruleId, VariableScope plan, String category) {
    List<Object> inputs = Arrays.asList(ruleId, category, planQuota(plan, category));
    String known = described.get(inputs);
    if (known != null) {
      return known;
    }
    String words = describeAnew(ruleId, plan, category);
    if (described.size() >= DESCRIBED_AT_MOST) {
      described.clear();
    }
    described.put(inputs, words);
    return words;
  }

  private static Object planQuota(VariableScope plan, String category) {
    return "MAJOR".equals(category) ? plan.getVariable("quotaMajor") : plan.getVariable("quotaStandard");
  }

  private String describeAnew(String ruleId, VariableScope plan, String category) {
    Optional<Quota> individuals = of(ruleId, plan, category, Nominee.INDIVIDUAL);
    if (individuals.isPresent() && individuals.get().countsAll()) {
      return individuals.get().max() == null ? "không giới hạn số tập thể, cá nhân" : limit(individuals) + " tập thể, cá nhân";
    }
    return Nominee.kindName(Nominee.INDIVIDUAL) + " " + limit(individuals) + "; " + Nominee.kindName(Nominee.COLLECTIVE)
        + " " + limit(of(ruleId, plan, category, Nominee.COLLECTIVE));
  }

  private static String limit(Optional<Quota> quota) {
    return quota.map(Quota::max).map(max -> max == 0 ? "không được đề nghị" : "không quá " + String.format("%02d", max))
        .orElse("không giới hạn");
  }

  /**
   * The kinds of nominee a unit of {@code category} would find no rule for, as its selection
   * meeting asks: individuals always (the quota its form shows), collectives unless the
   * individuals' limit counts everyone proposed.
   */
  public List<String> kindsWithoutRule(String ruleId, VariableScope plan, String category) {
    Optional<Quota> individuals = of(ruleId, plan, category, Nominee.INDIVIDUAL);
    if (individuals.isPresent() && individuals.get().countsAll()) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    if (individuals.isEmpty()) {
      missing.add(Nominee.INDIVIDUAL);
    }
    if (of(ruleId, plan, category, Nominee.COLLECTIVE).isEmpty()) {
      missing.add(Nominee.COLLECTIVE);
    }
    return missing;
  }
}
