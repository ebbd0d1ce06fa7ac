package vn.tdkt;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.AccessSetup;
import vn.tdkt.identity.ProductionGuard;
import vn.tdkt.model.ModelDeployer;

/**
 * What must hold before the first request, in this order: the production guard's checks, the
 * models of {@code processes/} and {@code forms/} deployed, the groups, authorizations, filters
 * (and demo data) set up. Runs once every bean exists and before the web server opens its port:
 * an {@code ApplicationRunner} runs after, when a request could already launch a plan on the
 * model version the restart was meant to replace, or find no user on a fresh database.
 */
@Component
class SetUpBeforeServing implements SmartInitializingSingleton {

  private final ObjectProvider<ProductionGuard> productionGuard;
  private final ModelDeployer models;
  private final AccessSetup access;

  SetUpBeforeServing(ObjectProvider<ProductionGuard> productionGuard, ModelDeployer models, AccessSetup access) {
    this.productionGuard = productionGuard;
    this.models = models;
    this.access = access;
  }

  @Override
  public void afterSingletonsInstantiated() {
    productionGuard.ifAvailable(ProductionGuard::verify);
    models.deployChanged();
    access.setUp();
  }
}
