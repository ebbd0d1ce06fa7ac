package vn.tdkt.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandSessions;

/**
 * Spares every authorized command Camunda's look-up of all the groups that hold an authorization
 * ({@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, no condition), which Camunda 7
 * runs to shorten the list of groups it checks. Each unit has its own groups and each unit's line
 * its grants, so at national scale that look-up reads the whole table — tens of thousands of rows
 * — for every task an official completes and every task list (docs/benchmark.md, *Tuning*). An
 * official belongs to a few groups: they are checked as they are. A group that holds no
 * authorization matches none, so every check answers as before; a list of more than
 * {@link #FEW_GROUPS} groups still goes through Camunda's filter, which keeps the SQL short.
 */
@Component
public class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  static final int FEW_GROUPS = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Registered after Camunda's own, it takes the place of Camunda's authorization manager.
    CommandSessions.register(configuration, AuthorizationManager.class, FewGroupsAuthorizationManager::new);
  }

  /** Camunda's authorization manager, but an official's few groups are not filtered against the table. */
  private static final class FewGroupsAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
      if (groupIds == null || groupIds.size() > FEW_GROUPS) {
        return super.filterAuthenticatedGroupIds(groupIds);
      }
      return new ArrayList<>(groupIds.stream().filter(Objects::nonNull).distinct().toList());
    }
  }
}
