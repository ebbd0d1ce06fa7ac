package vn.tdkt.cluster;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The emulation clusters and blocs over HTTP: {@code GET /api/clusters}, for everyone logged in. */
@RestController
public class ClusterController {

  private final ClusterRegistry clusters;

  public ClusterController(ClusterRegistry clusters) {
    this.clusters = clusters;
  }

  @GetMapping("/api/clusters")
  public List<Cluster> clusters() {
    return clusters.all();
  }
}
