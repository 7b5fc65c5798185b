package io.jsoncore.sample.large;

import java.util.AbstractList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /large?mb=50}: a JSON array of about that many megabytes, its rows made as they are written, so the
 * response streams (spring.json.buffer-size) without being held. {@code &fallback=true} puts an {@link Amount} in
 * every row, so the codec calls its fallback function once per row. The fairness check loads the service with
 * these while it measures the latency of small requests.
 */
@RestController
public class LargeController {

	/** A row is 100 to 110 bytes: 10,000 rows to the megabyte. */
	static final int ROWS_PER_MB = 10_000;

	public record Row(int id, String name, double score, List<String> tags, Object amount) {
	}

	@GetMapping("/large")
	public List<Row> large(@RequestParam(name = "mb", defaultValue = "50") int megabytes,
			@RequestParam(name = "fallback", defaultValue = "false") boolean fallback) {
		int count = Math.max(0, Math.min(megabytes, 1024)) * ROWS_PER_MB;
		return new AbstractList<>() {
			@Override
			public Row get(int index) {
				Object amount = fallback ? new Amount(index * 7L, "EUR") : index * 0.07;
				return new Row(index, "row number " + index, index / 8.0, List.of("large", "streamed"), amount);
			}

			@Override
			public int size() {
				return count;
			}
		};
	}
}
