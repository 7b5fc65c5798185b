package io.jsoncore.sample.twitter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /twitter}: the twitter corpus as records, written per request (480 KB of records and CJK strings);
 * a 404 problem naming the missing file when the corpus is absent.
 */
@RestController
public class TwitterController {

	private final TwitterCorpus corpus;

	public TwitterController(TwitterCorpus corpus) {
		this.corpus = corpus;
	}

	@GetMapping("/twitter")
	public ResponseEntity<?> twitter() {
		return this.corpus.search().<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"no " + this.corpus.file() + " (set sample.corpus-dir)")).build());
	}
}
