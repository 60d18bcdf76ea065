package org.runmuscle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAssetsTest {
    @Test
    void theBuildWroteTheAddressAndThePageTheFilesGiveNow() {
        assertThat(WebAssets.class.getResource("assets.txt"))
                .as("written by the build's web-assets step")
                .isNotNull();
        WebAssets built = WebAssets.load();
        WebAssets summed = WebAssets.summed();
        assertThat(built.prefix()).isEqualTo(summed.prefix()).matches("/v/[0-9a-f]{12}");
        assertThat(built.page()).isEqualTo(summed.page()).contains("src=\"" + built.prefix() + "/js/");
    }
}
