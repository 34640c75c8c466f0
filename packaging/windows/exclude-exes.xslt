<?xml version="1.0" encoding="utf-8"?>
<!-- heat transform: guichet.wxs lists guichet.exe, guichet-cli.exe and guichet.ico itself, so
     the harvested DeployedRuntime group leaves them out. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wix="http://schemas.microsoft.com/wix/2006/wi">
  <xsl:output method="xml" indent="yes"/>
  <xsl:key name="own" match="wix:Component[wix:File[contains(@Source, '\guichet.exe') or
      contains(@Source, '\guichet-cli.exe') or contains(@Source, '\guichet.ico')]]" use="@Id"/>
  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>
  <xsl:template match="wix:Component[key('own', @Id)]"/>
  <xsl:template match="wix:ComponentRef[key('own', @Id)]"/>
</xsl:stylesheet>
