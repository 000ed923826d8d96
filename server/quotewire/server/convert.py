"""Engine results -> wire messages: pure functions, so the mapping is tested without a server or a model."""

from __future__ import annotations

from quotewire.engine import model
from quotewire.v1 import attribution_pb2 as pb
from quotewire.v1 import quotewire_service_pb2 as service_pb

QUOTE_KINDS: dict[model.QuoteKind, pb.QuoteKind] = {
    model.QuoteKind.DIRECT: pb.QUOTE_KIND_DIRECT,
    model.QuoteKind.INDIRECT: pb.QUOTE_KIND_INDIRECT,
    model.QuoteKind.MIXED: pb.QUOTE_KIND_MIXED,
}
ATTRIBUTION_METHODS: dict[model.AttributionMethod, pb.AttributionMethod] = {
    model.AttributionMethod.NAMED: pb.ATTRIBUTION_METHOD_NAMED,
    model.AttributionMethod.PRONOUN: pb.ATTRIBUTION_METHOD_PRONOUN,
    model.AttributionMethod.CONTINUATION: pb.ATTRIBUTION_METHOD_CONTINUATION,
    model.AttributionMethod.ACCORDING_TO: pb.ATTRIBUTION_METHOD_ACCORDING_TO,
    model.AttributionMethod.COLON: pb.ATTRIBUTION_METHOD_COLON,
    model.AttributionMethod.NONE: pb.ATTRIBUTION_METHOD_NONE,
}
SPEAKER_KINDS: dict[model.SpeakerKind, pb.SpeakerKind] = {
    model.SpeakerKind.PERSON: pb.SPEAKER_KIND_PERSON,
    model.SpeakerKind.ORGANIZATION: pb.SPEAKER_KIND_ORGANIZATION,
    model.SpeakerKind.LOCATION: pb.SPEAKER_KIND_LOCATION,
    model.SpeakerKind.GROUP: pb.SPEAKER_KIND_GROUP,
}


def span_to_proto(span: model.Span) -> pb.Span:
    """Offsets stay code points into Article.text, exactly as the engine computed them."""
    return pb.Span(start=span.start, end=span.end, text=span.text)


def quote_to_proto(quote: model.Quote) -> pb.Quote:
    """Optional engine fields map to unset message fields, so JSON readers see them absent, not empty."""
    message = pb.Quote(
        id=quote.id,
        text=quote.text,
        span=span_to_proto(quote.span),
        kind=QUOTE_KINDS[quote.kind],
        speaker_id=quote.speaker_id or "",
        parent_quote_id=quote.parent_quote_id or "",
        part_of_quote_id=quote.part_of_quote_id or "",
        confidence=quote.confidence,
        attribution_method=ATTRIBUTION_METHODS[quote.method],
    )
    if quote.speaker_span is not None:
        message.speaker_span.CopyFrom(span_to_proto(quote.speaker_span))
    if quote.cue is not None:
        message.cue.CopyFrom(pb.Cue(span=span_to_proto(quote.cue.span), lemma=quote.cue.lemma))
    if quote.channel is not None:
        message.channel.CopyFrom(span_to_proto(quote.channel))
    return message


def speaker_to_proto(speaker: model.Speaker) -> pb.Speaker:
    """One merged entity, mentions in text order as the engine gives them."""
    return pb.Speaker(
        id=speaker.id,
        name=speaker.name,
        kind=SPEAKER_KINDS[speaker.kind],
        titles=list(speaker.titles),
        affiliation=speaker.affiliation or "",
        aliases=list(speaker.aliases),
        mentions=[span_to_proto(m) for m in speaker.mentions],
    )


def attribution_to_proto(
    attribution: model.Attribution, *, article_id: str, model_version: str
) -> service_pb.AttributeArticleResponse:
    """The whole response for one article, echoing the caller's id."""
    return service_pb.AttributeArticleResponse(
        article_id=article_id,
        quotes=[quote_to_proto(q) for q in attribution.quotes],
        speakers=[speaker_to_proto(s) for s in attribution.speakers],
        model_version=model_version,
        notices=[notice_to_proto(n) for n in attribution.notices],
    )


def notice_to_proto(notice: model.Notice) -> pb.Notice:
    return pb.Notice(code=notice.code.value, message=notice.message, span=span_to_proto(notice.span))
