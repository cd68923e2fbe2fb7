<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows the sitemap as a page when a person opens it in a browser; search engines read the XML. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Sitemap · Corroborate</title>
        <link rel="stylesheet" href="reader.css"/>
      </head>
      <body>
        <main class="wrap">
          <h1>Sitemap</h1>
          <p>Every page of the site that search engines may index: <xsl:value-of select="count(sm:urlset/sm:url)"/> addresses.</p>
          <table>
            <thead><tr><th scope="col">Address</th><th scope="col">Last changed</th></tr></thead>
            <tbody>
              <xsl:for-each select="sm:urlset/sm:url">
                <tr>
                  <td><a href="{sm:loc}"><xsl:value-of select="sm:loc"/></a></td>
                  <td><xsl:value-of select="sm:lastmod"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
