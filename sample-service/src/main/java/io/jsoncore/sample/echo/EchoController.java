package io.jsoncore.sample.echo;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /echo}: the request body read into records and written back, both directions through the codec. */
@RestController
public class EchoController {

	@PostMapping("/echo")
	public Order echo(@RequestBody Order order) {
		return order;
	}
}
