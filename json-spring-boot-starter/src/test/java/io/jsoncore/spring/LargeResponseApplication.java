package io.jsoncore.spring;

import java.util.AbstractList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a 50 MB JSON array whose elements are made as they are written, so the only way the response can be
 * larger than the heap is if nothing holds all of it. Run in its own small-heap JVM by {@link LargeResponseTests}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LargeResponseApplication.LargeController.class)
public class LargeResponseApplication {

	/** 700,000 rows of 75 to 82 bytes: a little over 50 MB. */
	static final int ROWS = 700_000;

	record Row(int id, String name, double score, List<String> tags) {
	}

	static List<Row> rows() {
		return new AbstractList<>() {
			@Override
			public Row get(int index) {
				return new Row(index, "row-" + index, index / 8.0, List.of("large", "streamed"));
			}

			@Override
			public int size() {
				return ROWS;
			}
		};
	}

	@RestController
	static class LargeController {

		@GetMapping("/large")
		List<Row> large() {
			return rows();
		}
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(LargeResponseApplication.class);
		application.addListeners((ApplicationListener<WebServerInitializedEvent>) (event) -> System.out
			.println("LISTENING ON " + event.getWebServer().getPort()));
		application.run(args);
	}
}
