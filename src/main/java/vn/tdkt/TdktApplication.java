package vn.tdkt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TdktApplication {

  public static void main(String[] args) {
    SpringApplication.run(TdktApplication.class, args);
  }
}
