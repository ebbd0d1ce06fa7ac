package vn.tdkt;

import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.calendar.ServerTimeZone;
import vn.tdkt.common.NamedLocks;
import vn.tdkt.identity.AccessSetup;
import vn.tdkt.identity.ProductionGuard;
import vn.tdkt.model.ModelDeployer;

/**
 * What must hold before the first request, in this order: the production guard's checks, the
 * node's time zone checked against the database's ({@link ServerTimeZone}), the models of
 * {@code processes/} and {@code forms/} deployed, the groups, authorizations, filters (and demo
 * data) set up. Runs once every bean exists and before the web server opens its port: an
 * {@code ApplicationRunner} runs after, when a request could already launch a plan on the model
 * version the restart was meant to replace, or find no user on a fresh database. The zone, models
 * and access are checked and set up in one transaction, one node at a time: a model Camunda
 * refuses or a unit file with a mistake stops the start with nothing saved, and two nodes starting
 * together neither deploy a file twice nor create a group, grant or filter twice.
 */
@Component
public class SetUpBeforeServing implements SmartInitializingSingleton {

  private final ObjectProvider<ProductionGuard> productionGuard;
  private final ServerTimeZone timeZone;
  private final ModelDeployer models;
  private final AccessSetup access;
  private final TransactionTemplate transactions;
  private final NamedLocks locks;

  public SetUpBeforeServing(ObjectProvider<ProductionGuard> productionGuard, ServerTimeZone timeZone, ModelDeployer models,
      AccessSetup access, PlatformTransactionManager transactions, NamedLocks locks) {
    this.productionGuard = productionGuard;
    this.timeZone = timeZone;
    this.models = models;
    this.access = access;
    this.transactions = new TransactionTemplate(transactions);
    this.locks = locks;
  }

  @Override
  public void afterSingletonsInstantiated() {
    productionGuard.ifAvailable(ProductionGuard::verify);
    transactions.executeWithoutResult(status -> {
      locks.hold(NamedLocks.START_UP);
      timeZone.verify(ZoneId.systemDefault());
      models.deployChanged();
      access.setUp();
    });
  }
}
