package org.actorpulse.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The page layouts of {@link WarcSample}'s three made-up sites: the furniture of real news pages (menus,
 * cookie banners, ads, share bars, related links, sidebars, comments, footers) around an article body.
 */
final class Layouts {
  private Layouts() {}

  /** An {@code <article>} page, date in {@code article:published_time}. */
  static String levantTribune(String title, String published, List<String> paragraphs) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{TITLE} | The Levant Tribune</title>
          <meta property="og:title" content="{TITLE}">
          <meta property="og:type" content="article">
          <meta property="article:published_time" content="{DATE}">
          <link rel="stylesheet" href="/static/site.css">
          <script>window.dataLayer = window.dataLayer || []; dataLayer.push({'section': 'world'});</script>
          <style>.cookie-banner { position: fixed; bottom: 0; }</style>
        </head>
        <body class="nav-collapsed">
          <div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience.
            <button>Accept all cookies</button> <a href="/privacy">Manage preferences</a></div>
          <header class="site-header">
            <a class="logo" href="/">The Levant Tribune</a>
            <nav class="main-menu"><ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>
              <li><a href="/opinion/">Opinion</a></li><li><a href="/sport/">Sport</a></li></ul></nav>
          </header>
          <div class="ad-slot ad-leaderboard"><p>Advertisement: Fly to Beirut from 99 euros this autumn</p></div>
          <main id="content">
            <article class="story">
              <h1>{TITLE}</h1>
              <p class="byline">By Tribune staff</p>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>
                <a href="#">Email this story</a></div>
              {PARAGRAPHS}
              <div class="newsletter-signup"><p>Get the Tribune's Middle East briefing in your inbox every morning.
                Subscribe to our newsletter now.</p></div>
            </article>
            <aside class="related-stories"><h3>Related</h3><ul>
              <li><a href="/world/a">Analysis: who controls northern Syria now</a></li>
              <li><a href="/world/b">Photos: life returns to the streets of Mosul</a></li></ul></aside>
            <section id="comments" class="comments"><h3>Comments (2)</h3>
              <div class="comment"><p>Reader in Hamburg: This war will never end, whatever the generals promise.</p></div>
              <div class="comment"><p>Reader in Toronto: Excellent reporting as always, thank you for this piece.</p></div>
            </section>
          </main>
          <footer class="site-footer"><p>Copyright 2017 The Levant Tribune. All rights reserved.</p>
            <a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/terms">Terms of use</a></footer>
          <script src="/static/ads.js"></script>
        </body>
        </html>
        """.replace("{TITLE}", escape(title)).replace("{DATE}", published)
        .replace("{PARAGRAPHS}", paragraphs(paragraphs, "              "));
  }

  /**
   * No {@code <article>} element: the body in a div, split by an inline ad; a sidebar of teasers beside it;
   * the date only in JSON-LD.
   */
  static String gulfWire(String title, String published, List<String> paragraphs) {
    List<String> first = paragraphs.subList(0, Math.min(2, paragraphs.size()));
    List<String> rest = paragraphs.subList(first.size(), paragraphs.size());
    return """
        <!DOCTYPE html>
        <html>
        <head>
          <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
          <title>{TITLE} - GulfWire News</title>
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "GulfWire News", "url": "https://news.gulfwire.example/"},
            {"@type": "NewsArticle", "headline": "{TITLE}", "datePublished": "{DATE}",
             "publisher": {"@type": "Organization", "name": "GulfWire"}}]}
          </script>
        </head>
        <body>
          <div id="top-nav" class="topNav"><a href="/">Home</a> | <a href="/politics/">Politics</a> |
            <a href="/security/">Security</a> | <a href="/economy/">Economy</a></div>
          <div class="gdpr-consent"><p>By continuing to browse this site you agree to our use of cookies.</p></div>
          <div class="page">
            <div class="col-main">
              <h1 class="headline">{TITLE}</h1>
              <div class="story-meta">GulfWire correspondent</div>
              <div class="story-body">
                <div class="text-block">
                  {FIRST}
                </div>
                <div class="inline-ad adsbygoogle"><span>Sponsored: Luxury villas in Dubai Marina, book a viewing</span></div>
                <div class="text-block">
                  {REST}
                </div>
              </div>
              <div class="socialButtons"><a href="#">Tweet</a><a href="#">WhatsApp</a></div>
            </div>
            <div class="col-side">
              <h3>Most read</h3>
              <div class="teaser"><a href="/x1"><p>Oil prices edge higher as OPEC weighs extending output cuts</p></a></div>
              <div class="teaser"><a href="/x2"><p>Ten things to do in Doha this weekend, from souks to museums</p></a></div>
              <div class="teaser"><a href="/x3"><p>Markets: Gulf stocks mixed in thin trading ahead of holiday</p></a></div>
            </div>
          </div>
          <div class="footer"><p>GulfWire News, Manama. Terms and conditions apply to all content on this site.</p></div>
        </body>
        </html>
        """.replace("{TITLE}", escape(title)).replace("{DATE}", published)
        .replace("{FIRST}", paragraphs(first, "                  "))
        .replace("{REST}", paragraphs(rest, "                  "));
  }

  /**
   * An {@code <article>} that also holds an unmarked list of related links and a tag list; the date only in a
   * {@code <time>} inside the article, or nowhere when {@code published} is null.
   */
  static String eurasiaMonitor(String title, String published, List<String> paragraphs) {
    String time = published == null ? "" : "<time datetime=\"" + published + "\">" + published.substring(0, 10)
        + "</time>";
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{TITLE} — Eurasia Monitor</title></head>
        <body>
          <div class="menu"><a href="/">Eurasia Monitor</a> <a href="/news/">News</a> <a href="/analysis/">Analysis</a></div>
          <article>
            <h1>{TITLE}</h1>
            <div class="meta">{TIME}</div>
            {PARAGRAPHS}
            <p><a href="/news/2017/09/21/more">Read more: Russia and Turkey sign gas deal</a></p>
            <h4>More on this story</h4>
            <ul>
              <li><a href="/news/1">Kremlin says Syria talks in Astana were productive</a></li>
              <li><a href="/news/2">Turkey summons US envoy over Kurdish fighters</a></li>
              <li><a href="/news/3">Explainer: what are the de-escalation zones?</a></li>
              <li><a href="/news/4">Iran's parliament speaker visits Damascus</a></li>
            </ul>
            <div class="tags">Tags: <a href="/t/russia">Russia</a>, <a href="/t/turkey">Turkey</a>,
              <a href="/t/syria">Syria</a>, <a href="/t/diplomacy">Diplomacy</a></div>
          </article>
          <div id="footer">Eurasia Monitor is an independent news site. Contact the newsroom for corrections.</div>
        </body>
        </html>
        """.replace("{TITLE}", escape(title)).replace("{TIME}", time)
        .replace("{PARAGRAPHS}", paragraphs(paragraphs, "            "));
  }

  private static String paragraphs(List<String> ps, String indent) {
    return ps.stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n" + indent));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
