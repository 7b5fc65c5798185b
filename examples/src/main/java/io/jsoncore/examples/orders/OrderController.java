package io.jsoncore.examples.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class OrderController {

	record Line(String sku, int quantity, BigDecimal price) {
	}

	record Order(long id, LocalDate placedOn, List<Line> lines) {
	}

	private final Map<Long, Order> orders = new ConcurrentHashMap<>(
			Map.of(1L, new Order(1, LocalDate.of(2026, 12, 1), List.of(new Line("A-1", 2, new BigDecimal("9.90"))))));

	@GetMapping("/orders/{id}") // written by json-core
	Order order(@PathVariable long id) {
		Order order = this.orders.get(id);
		if (order == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return order;
	}

	@PostMapping("/orders") // read by json-core
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Integer> create(@RequestBody List<Order> received) {
		received.forEach(order -> this.orders.put(order.id(), order));
		return Map.of("stored", received.size());
	}
}
