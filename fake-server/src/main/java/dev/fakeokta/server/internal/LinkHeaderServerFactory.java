package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with the {@link LinkHeaderFilter}, so {@code link} headers go out
 * lowercase as Okta sends them. (Any other Jetty customisation belongs in this same factory:
 * WireMock takes one.)
 */
public final class LinkHeaderServerFactory implements HttpServerFactory {

  @Override
  public String getName() {
    return "fakeokta-jetty-link";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        context.addFilter(
            new FilterHolder(new LinkHeaderFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }
}
