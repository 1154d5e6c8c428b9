// Synthesizers: TVAE's encoder and decoder, built from NeuralCore layers.

import Linalg
import NeuralCore

/// The networks of TVAE (Xu et al., "Modeling Tabular Data using Conditional GAN", NeurIPS
/// 2019, the variational autoencoder baseline).
enum TVAENetworks {
    /// `Linear → ReLU` for each width: the encoder's body, or the decoder without its output.
    static func body(inputs: Int, dimensions: [Int], random: inout RandomSource) -> [any Layer] {
        var layers: [any Layer] = []
        var width = inputs
        for dimension in dimensions {
            layers.append(Linear(inputs: width, outputs: dimension, using: &random))
            layers.append(ReLU())
            width = dimension
        }
        return layers
    }

    /// The decoder: its body, then a linear layer to the encoded row width.
    static func decoder(
        settings: TVAESettings, outputs: Int, random: inout RandomSource
    ) -> Sequential {
        let body = body(
            inputs: settings.embeddingDimension, dimensions: settings.decompressDimensions,
            random: &random)
        let last = settings.decompressDimensions.last ?? settings.embeddingDimension
        return Sequential(body + [Linear(inputs: last, outputs: outputs, using: &random)])
    }
}
