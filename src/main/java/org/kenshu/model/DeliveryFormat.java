package org.kenshu.model;

/** 実施形式: 集合, オンライン, eラーニング. */
public enum DeliveryFormat {
    CLASSROOM,
    ONLINE,
    E_LEARNING
}
