package io.jsoncore.spring;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** A {@code @WebMvcTest} slice includes the starter, so MockMvc sees the bytes the app serves. */
@WebMvcTest(properties = "spring.json.options=naive-utc")
class WebMvcSliceTests {

	@Autowired
	MockMvc mvc;

	@RestController
	static class WhenController {

		@GetMapping("/when")
		Map<String, LocalDateTime> when() {
			return Map.of("when", LocalDateTime.of(2026, 11, 22, 1, 9, 54));
		}
	}

	@SpringBootConfiguration
	@Import(WhenController.class)
	static class SliceApplication {
	}

	@Test
	void sliceWritesWithJsonCoreAndItsOptions() throws Exception {
		// naive-utc is json-core's: Jackson would write 2026-11-22T01:09:54
		this.mvc.perform(get("/when"))
			.andExpect(content().string("{\"when\":\"2026-11-22T01:09:54+00:00\"}"))
			.andExpect(header().longValue("Content-Length", 36));
	}
}
