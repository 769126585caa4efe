package dev.fakeokta.server.internal;

import java.io.IOException;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponseWrapper;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * Sends {@code link} headers with Okta's lowercase name. Jetty writes every header it knows (such
 * as {@code Link}) in its canonical case whatever name the response used; okta-sdk-java's {@code
 * PaginationUtil.getAfter(apiClient)} looks up {@code "link"} case-sensitively and fails on {@code
 * Link}. A field that Jetty does not recognise as a known header is written with its name as given,
 * so this filter adds {@code link} values as such fields.
 */
public final class LinkHeaderFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Request base = Request.getBaseRequest(request);
    if (base == null || !(response instanceof HttpServletResponse http)) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, new LowercaseLink(http, base));
  }

  private static final class LowercaseLink extends HttpServletResponseWrapper {
    private final Request base;

    LowercaseLink(HttpServletResponse response, Request base) {
      super(response);
      this.base = base;
    }

    @Override
    public void addHeader(String name, String value) {
      if ("link".equalsIgnoreCase(name)) {
        base.getResponse().getHttpFields().add(new HttpField((HttpHeader) null, "link", value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("link".equalsIgnoreCase(name)) {
        base.getResponse().getHttpFields().remove("link");
        addHeader(name, value);
      } else {
        super.setHeader(name, value);
      }
    }
  }
}
