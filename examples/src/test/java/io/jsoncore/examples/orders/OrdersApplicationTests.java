package io.jsoncore.examples.orders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Spring example on a real server, with the README's application.yml: the bodies a client sees. */
@SpringBootTest(classes = OrdersApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OrdersApplicationTests {

	@LocalServerPort
	int port;

	@Test
	void getWritesTheOrderInSnakeCase() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders/1")).build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body())
			.isEqualTo("{\"id\":1,\"placed_on\":\"2026-12-01\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":9.90}]}");
	}

	@Test
	void postReadsTheListAndTheNewOrderIsServed() throws Exception {
		HttpResponse<String> created = post("[{\"id\":2,\"placed_on\":\"2026-12-02\",\"lines\":[]}]");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).isEqualTo("{\"stored\":1}");
		assertThat(send(HttpRequest.newBuilder(uri("/orders/2")).build()).body())
			.isEqualTo("{\"id\":2,\"placed_on\":\"2026-12-02\",\"lines\":[]}");
	}

	@Test
	void aMalformedBodyIsA400ThatSaysWhatAndWhere() throws Exception {
		HttpResponse<String> response = post("[{\"id\":3,}]");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"status\":400")
			.contains("trailing comma is not allowed: line 1 column 9 (char 8)")
			.doesNotContain("at io.jsoncore");
	}

	@Test
	void anUnknownOrderIsA404() throws Exception {
		assertThat(send(HttpRequest.newBuilder(uri("/orders/9")).build()).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> post(String body) throws Exception {
		return send(HttpRequest.newBuilder(uri("/orders"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
