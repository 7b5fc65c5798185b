package io.jsoncore.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** The JDK's HTTP client against the app under test, and what every test compares bodies with. */
public final class ServiceHttp {

	/** The whole reference body, written out here independently of the app's own check. */
	public static final Pattern REFERENCE_BODY = Pattern.compile("\\{\"uuid\":\"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
			+ "[89ab][0-9a-f]{3}-[0-9a-f]{12})\",\"updated_at\":\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\+00:00\","
			+ "\"data\":\\[1,2\\.2,null,true,false,\\{\\}\\]\\}");

	/** Where tests find twitter.json: the root pom passes jsoncore.shared to the tests. */
	public static final String CORPUS_PROPERTY = "sample.corpus-dir=${jsoncore.shared:../../shared}/corpus";

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public ServiceHttp(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
