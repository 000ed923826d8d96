"""The client against a real server and the real engine: answers, refusals and their statuses."""

from __future__ import annotations

import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import pytest
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import ProtoReflectionDescriptorDatabase

from quotewire import errors
from quotewire.client import QuotewireClient
from quotewire.engine import Engine
from quotewire.server.app import BindError, create_server
from quotewire.server.engine_slot import EngineSlot
from quotewire.transport import SERVICE_NAME
from quotewire.v1 import quotewire_service_pb2 as service_pb
from quotewire.v1 import quotewire_service_pb2_grpc as service_grpc
from quotewire.v1.article_pb2 import Article
from samples import SEED, SHORT_ARTICLE


@pytest.fixture(scope="module")
def seed_response(server_address: str) -> service_pb.AttributeArticleResponse:
    """The seed article attributed once for every assertion about it."""
    with QuotewireClient(server_address, timeout=120.0) as client:
        return client.attribute_file(SEED)


def test_seed_article_speakers(seed_response: service_pb.AttributeArticleResponse) -> None:
    names = {speaker.name for speaker in seed_response.speakers}
    assert "Nasser Kanaani" in names
    assert seed_response.article_id == str(SEED)
    assert seed_response.model_version


def test_seed_offsets_are_code_points_into_the_text(seed_response: service_pb.AttributeArticleResponse,
                                                    seed_text: str) -> None:
    assert seed_response.quotes
    for quote in seed_response.quotes:
        assert seed_text[quote.span.start:quote.span.end] == quote.span.text == quote.text


def test_seed_quotes_point_at_known_speakers(seed_response: service_pb.AttributeArticleResponse) -> None:
    speaker_ids = {speaker.id for speaker in seed_response.speakers}
    kanaani = next(s.id for s in seed_response.speakers if s.name == "Nasser Kanaani")
    assert {q.speaker_id for q in seed_response.quotes if q.speaker_id} <= speaker_ids
    assert any(q.speaker_id == kanaani for q in seed_response.quotes)


def test_text_title_and_id_go_through(client: QuotewireClient) -> None:
    response = client.attribute(SHORT_ARTICLE, article_id="short-1", title="Iran condemns strikes")
    assert response.article_id == "short-1"
    assert any(q.text.startswith("The presence of America") for q in response.quotes)


def test_unbalanced_quotes_still_answer(client: QuotewireClient) -> None:
    text = SHORT_ARTICLE + ' Then he added, "We will not stop. The officials left the room.'
    response = client.attribute(text)
    assert response.model_version


@pytest.mark.parametrize(("article", "field", "phrase"), [
    (Article(text=""), "article.text", "is empty"),
    (Article(text="  \n\t "), "article.text", "is only whitespace"),
    (Article(text="word " * 40_001), "article.text", "the limit is 200,000"),
    (Article(text="\x00\x01\x02\x03\ufffd" * 100), "article.text", "binary"),
    (Article(text=SHORT_ARTICLE, language="fr"), "article.language", "only English"),
])
def test_bad_input_is_refused_with_field_violations(client: QuotewireClient, article: Article, field: str,
                                                    phrase: str) -> None:
    with pytest.raises(errors.InvalidArticleError) as refused:
        client.attribute(article)
    assert refused.value.code is grpc.StatusCode.INVALID_ARGUMENT
    [violation] = refused.value.violations
    assert violation.field == field
    assert phrase in violation.description
    assert phrase in refused.value.message


def test_message_over_the_size_limit(client: QuotewireClient) -> None:
    with pytest.raises(errors.ResourceExhaustedError):
        client.attribute("x" * (5 * 1024 * 1024))


def test_deadline_passes_while_the_engine_is_busy(client: QuotewireClient, seed_text: str) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        # an article long enough to hold the engine for seconds, whatever the machine's speed
        assert client.health() == "SERVING"  # the channel is connected before the race below starts
        long_call = pool.submit(client.attribute, seed_text * 20)
        time.sleep(0.3)  # let the long article reach the engine first
        # on a loaded machine the short article can still get there first and be answered: then the long one holds
        # the engine, and the next short article either waits behind it until its deadline passes, or (when the
        # server expects the long one to outlast that deadline) is refused at once with the time to retry after
        outcomes: list[str] = []
        while not long_call.done() and len(outcomes) < 10:
            try:
                client.attribute(SHORT_ARTICLE, timeout=0.5)
                outcomes.append("answered")
            except errors.DeadlineExceededError:
                outcomes.append("deadline")
                break
            except errors.ResourceExhaustedError as refused:
                outcomes.append(f"refused, retry after {refused.retry_after}")
                break
        assert outcomes[-1] == "deadline" or re.fullmatch(r"refused, retry after \d+\.\d+", outcomes[-1]), outcomes
        assert long_call.result().quotes


def test_deadline_already_past(client: QuotewireClient) -> None:
    with pytest.raises(errors.DeadlineExceededError):
        client.attribute(SHORT_ARTICLE, timeout=-1)


def test_unreachable_server() -> None:
    with QuotewireClient("127.0.0.1:1", timeout=10) as client, pytest.raises(errors.ServerUnavailableError):
        client.attribute(SHORT_ARTICLE)


def test_stream_keeps_going_past_a_bad_article(client: QuotewireClient) -> None:
    batch = [Article(id="a", text=SHORT_ARTICLE), Article(id="b", text=" "), Article(id="c", text=SHORT_ARTICLE)]
    entries = sorted(client.attribute_many(batch), key=lambda entry: entry.index)
    assert [(e.index, e.article_id, e.WhichOneof("outcome")) for e in entries] == [
        (0, "a", "result"), (1, "b", "error"), (2, "c", "result")]
    error = errors.from_article_error(entries[1].error)
    assert isinstance(error, errors.InvalidArticleError)
    assert error.violations == (errors.FieldViolation("article.text", "is only whitespace"),)
    assert entries[0].result.article_id == "a"


def test_stream_reads_files(client: QuotewireClient, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(SHORT_ARTICLE, encoding="utf-8")
    [entry] = client.attribute_many([path])
    assert entry.article_id == str(path)
    assert entry.HasField("result")


def test_health_is_serving(client: QuotewireClient) -> None:
    assert client.health() == "SERVING"
    assert client.health(service="") == "SERVING"


def test_reflection_lists_the_service(server_address: str) -> None:
    with grpc.insecure_channel(server_address) as channel:
        database = ProtoReflectionDescriptorDatabase(channel)
        assert SERVICE_NAME in database.get_services()
        assert "grpc.health.v1.Health" in database.get_services()


@pytest.mark.parametrize("payload", [
    b"\x0a\x04\x12\x02\xff\xfe",  # AttributeArticleRequest{article{text=<invalid UTF-8>}}
    b"\xff\xff\xff",              # not a protobuf message at all
])
def test_undecodable_request_is_invalid_argument(server_address: str, payload: bytes) -> None:
    with grpc.insecure_channel(server_address) as channel:
        call: grpc.UnaryUnaryMultiCallable[bytes, bytes] = channel.unary_unary(f"/{SERVICE_NAME}/AttributeArticle")
        with pytest.raises(grpc.RpcError) as refused:
            call(payload, timeout=30)
    assert refused.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert (refused.value.details() or "").startswith("the request could not be parsed")


def test_taken_port_is_an_error(server_address: str, engine: Engine) -> None:
    with pytest.raises(BindError, match="cannot listen"):
        create_server(server_address, engine)


def test_an_answer_over_the_response_limit_is_refused_with_its_size_and_not_retried(engine: Engine,
                                                                                     seed_text: str) -> None:
    server, port = create_server("127.0.0.1:0", engine, max_response_bytes=1000)
    server.start()
    try:
        with QuotewireClient(f"127.0.0.1:{port}", timeout=120) as client, \
                pytest.raises(errors.ResourceExhaustedError, match=r"the answer would be [\d,]+ bytes, over the "
                                                                   r"limit of 1,000; send the article in parts"):
            client.attribute(seed_text)
    finally:
        server.stop(grace=None)


def test_a_burst_of_calls_past_the_queue_is_answered_not_cancelled(engine: Engine) -> None:
    server, port = create_server("127.0.0.1:0", EngineSlot(engine, max_queue=1), max_workers=16)
    server.start()
    request = service_pb.AttributeArticleRequest(article=Article(id="burst", text=SHORT_ARTICLE))
    try:
        # a plain channel without retries: what the server itself answers to 3,000 calls at once
        with grpc.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.enable_retries", 0)]) as channel:
            stub = service_grpc.QuoteAttributionServiceStub(channel)
            calls = [stub.AttributeArticle.future(request, timeout=120) for _ in range(3000)]
            codes: Counter[str] = Counter()
            for call in calls:
                try:
                    call.result()
                    codes["OK"] += 1
                except grpc.RpcError as refused:
                    codes[refused.code().name] += 1
    finally:
        server.stop(grace=None)
    assert set(codes) <= {"OK", "RESOURCE_EXHAUSTED"}, codes
    assert codes["OK"] > 0
