package io.jsoncore.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * orjson's HTTP integration example on Spring MVC: the reference endpoint and a few that load the codec the way
 * real services do, written by whichever JSON converter the starter leaves in place (json-core, or Jackson with
 * {@code spring.json.enabled=false}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}
}
