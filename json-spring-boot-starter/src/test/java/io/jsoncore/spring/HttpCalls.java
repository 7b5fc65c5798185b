package io.jsoncore.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The JDK's HTTP client as the tests against a running server use it: a GET, or a POST of a JSON body. */
final class HttpCalls {

	private HttpCalls() {
	}

	/** The address of {@code path} on a context's running server. */
	static URI uri(ConfigurableApplicationContext context, String path) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	static HttpResponse<String> get(URI uri) throws Exception {
		return send(HttpRequest.newBuilder(uri).build());
	}

	static HttpResponse<String> postJson(URI uri, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
